/** The add-in's loader (stale answers dropped, retry): the dashboard's views switch on the same states. */
export { type Loadable, useLoad } from "../../../addin/src/app/use-load";

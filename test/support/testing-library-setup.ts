/**
 * Component tests render real Fluent UI trees, lazily loaded views included. On a busy 2-core CI
 * machine the first render can take longer than Testing Library's 1 s default for `findBy…` and
 * `waitFor`, which made correct tests fail at random; 5 s keeps them honest without hiding hangs
 * (a test still fails when the element never appears).
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 5_000 });

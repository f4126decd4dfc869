/**
 * One draft waiting for review: whose it is, which step made it, its invoices with the balances it
 * states, when it was made, the warnings the run raised and whether it needs approval; then what a
 * person does with it. Preview shows the stored text (never the HTML); a letter opens as PDF; a
 * queued email opens as a new Outlook message (Mailbox 1.6), or is copied where Outlook cannot, or
 * inserted into the message being written; an SMS is copied. Approve, Mark sent and Discard go to
 * PATCH /drafts/{id}, the last two after a confirmation; which of them show is the API's answer
 * (`mayApprove`, `maySend`).
 */
import { Badge, Button, Caption1, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import { formatDate } from "../../../web-shared/format/display-format";
import type { DraftReviewAction, Me, QueueDraft } from "../api/types";
import { useServices } from "../app/services";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { draftText } from "../draft/draft-text";
import { useLocale, useStrings } from "../i18n/strings";
import { copyToClipboard, openFile } from "./browser";
import { Confirm } from "./Confirm";
import { InvoiceFacts } from "./InvoiceFacts";
import { personName, safeWebLink } from "./queue-model";
import { useItemStyles } from "./styles";

export interface DraftItemProps {
  draft: QueueDraft;
  /** The signed-in user, to say "You" for them; permissions come with the draft. */
  me: Me | undefined;
  /** A message is being written in Outlook: a queued email can be inserted into it. */
  composing: boolean;
  onOpenClient: () => void;
  /** The API confirmed the action; `draft` is its answer. */
  onDone: (action: DraftReviewAction, draft: QueueDraft) => void;
  /** True when the view took care of the failure (someone else handled the draft first). */
  onFailure: (error: ApiError) => boolean;
}

type Hand =
  | { state: "idle" | "working" }
  | { state: "copied" | "copyFailed" | "inserted" | "insertFailed" | "opened" | "openFailed" | "pdfBlocked" }
  | { state: "error"; error: ApiError };

export function DraftItem(props: DraftItemProps) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useItemStyles();
  const { api, mailbox } = useServices();
  const { draft, me } = props;
  const name = draft.clientName;
  const textId = useId();
  const [previewOpen, setPreviewOpen] = useState(false);
  const [confirm, setConfirm] = useState<"sent" | "discarded" | null>(null);
  const [busy, setBusy] = useState(false);
  const [hand, setHand] = useState<Hand>({ state: "idle" });
  const [pdfUrl, setPdfUrl] = useState<{ url: string; release: () => void } | null>(null);
  const sentRef = useRef<HTMLButtonElement>(null);
  const discardRef = useRef<HTMLButtonElement>(null);

  useEffect(() => () => pdfUrl?.release(), [pdfUrl]);

  const queued = draft.location === "queue";
  const approved = Boolean(draft.approvedBy);
  // Outlook's new-message form works beside a read item; while writing, the draft is inserted instead.
  const canOpen = queued && draft.channel === "email" && !props.composing && Boolean(mailbox?.displayNewMessage);
  const warnings = draft.warnings.filter(Boolean);
  const webLink = draft.location === "outlook" ? safeWebLink(draft.webLink) : undefined;
  const purpose = s.queue.purposes[draft.purpose] ?? draft.purpose;

  function fail(error: ApiError) {
    setHand(props.onFailure(error) ? { state: "idle" } : { state: "error", error });
  }

  function cancelConfirm() {
    (confirm === "sent" ? sentRef : discardRef).current?.focus();
    setConfirm(null);
  }

  async function review(action: DraftReviewAction) {
    setConfirm(null);
    setBusy(true);
    setHand({ state: "idle" });
    const result = await api.reviewDraft(draft.id, action);
    setBusy(false);
    if (result.ok) props.onDone(action, result.value);
    else fail(result.error);
  }

  async function openPdf() {
    setHand({ state: "working" });
    const result = await api.draftPdf(draft.id);
    if (!result.ok) return fail(result.error);
    const file = openFile(result.value);
    if (file.opened) return setHand({ state: "idle" });
    setPdfUrl({ url: file.url, release: file.release });
    setHand({ state: "pdfBlocked" });
  }

  async function copy() {
    const copied = await copyToClipboard(draftText(draft), draft.channel === "email" ? draft.html : undefined);
    if (!copied) setPreviewOpen(true);
    setHand({ state: copied ? "copied" : "copyFailed" });
  }

  async function openInOutlook() {
    try {
      if (!mailbox?.displayNewMessage) throw new Error("no new-message form");
      await mailbox.displayNewMessage({ to: draft.to, subject: draft.subject, html: draft.html });
      setHand({ state: "opened" });
    } catch {
      setHand({ state: "openFailed" });
    }
  }

  async function insert() {
    try {
      if (!mailbox) throw new Error("no mailbox");
      await mailbox.insertIntoCompose(draft.html);
      setHand({ state: "inserted" });
    } catch {
      setHand({ state: "insertFailed" });
    }
  }

  const notes: Partial<Record<Hand["state"], { intent: "success" | "warning" | "info"; text: string }>> = {
    copied: { intent: "success", text: draft.channel === "email" ? s.queue.copiedEmail : s.queue.copiedSms },
    copyFailed: { intent: "warning", text: s.queue.copyFailed },
    inserted: { intent: "success", text: s.queue.inserted },
    insertFailed: { intent: "warning", text: s.queue.insertFailed },
    opened: { intent: "success", text: s.queue.openedInOutlook },
    openFailed: { intent: "warning", text: s.queue.openFailed },
    pdfBlocked: { intent: "info", text: s.queue.pdfBlocked },
  };
  const note = notes[hand.state] ?? null;

  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Link as="button" className={styles.name} onClick={props.onOpenClient} aria-label={s.queue.openClient(name)}>
          {name}
        </Link>
        {draft.needsApproval ? (
          approved ? (
            <Badge appearance="tint" color="success">
              {s.queue.approvedBy(personName(draft.approvedBy ?? "", draft.approvedByName, me, s.queue.you))}
            </Badge>
          ) : (
            <Badge appearance="tint" color="warning">
              {s.queue.needsApproval}
            </Badge>
          )
        ) : null}
      </div>
      <Caption1 className={styles.meta}>
        {s.queue.step(draft.stepId, purpose)} · {s.queue.created(formatDate(draft.runDate, locale))}
      </Caption1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.queue.subject}</dt>
        <dd className={styles.value}>{draft.subject}</dd>
        {draft.to.length ? (
          <>
            <dt className={styles.term}>{s.queue.to}</dt>
            <dd className={styles.value}>{draft.to.join(", ")}</dd>
          </>
        ) : null}
        <InvoiceFacts invoices={draft.invoices} balancesAsOf={draft.balancesAsOf} />
      </dl>
      {draft.balancesAsOf === "today" && draft.invoices.length ? (
        <Caption1 className={styles.meta}>{s.queue.balancesToday}</Caption1>
      ) : null}
      {draft.sendAfter ? (
        <Caption1>
          {s.queue.sendAfter(formatDate(draft.sendAfter.date, locale), draft.sendAfter.hour, draft.sendAfter.timeZone)}
        </Caption1>
      ) : null}
      {draft.location === "outlook" ? (
        <Caption1>
          {draft.collectorId && me && draft.collectorId !== me.userId
            ? s.queue.inOutlookOf(personName(draft.collectorId, draft.collectorName, me, s.queue.you))
            : s.queue.inOutlook}
          {webLink ? (
            <>
              {" · "}
              <Link href={webLink} target="_blank" rel="noreferrer" aria-label={s.queue.openWebLink(name)}>
                {s.queue.openWebLink(name)}
              </Link>
            </>
          ) : null}
        </Caption1>
      ) : null}
      {warnings.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.queue.warnings}</MessageBarTitle>
            <ul className={styles.warnings}>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {draft.needsApproval && !approved && !draft.maySend ? <Caption1>{s.queue.awaitingApproval}</Caption1> : null}
      <div className={styles.buttons}>
        <Button
          size="small"
          aria-expanded={previewOpen}
          aria-controls={previewOpen ? textId : undefined}
          aria-label={s.queue.previewFor(name)}
          onClick={() => setPreviewOpen(!previewOpen)}
        >
          {s.queue.preview}
        </Button>
        {draft.channel === "letter" ? (
          <Button
            size="small"
            aria-label={s.queue.openPdfFor(name)}
            disabled={hand.state === "working"}
            onClick={openPdf}
          >
            {hand.state === "working" ? s.queue.opening : s.queue.openPdf}
          </Button>
        ) : null}
        {queued && draft.channel === "email" && props.composing ? (
          <Button size="small" aria-label={s.queue.insertFor(name)} onClick={insert}>
            {s.queue.insert}
          </Button>
        ) : null}
        {canOpen ? (
          <Button size="small" aria-label={s.queue.openInOutlookFor(name)} onClick={openInOutlook}>
            {s.queue.openInOutlook}
          </Button>
        ) : null}
        {queued && draft.channel === "email" && (!canOpen || hand.state === "openFailed") ? (
          <Button size="small" aria-label={s.queue.copyEmailFor(name)} onClick={copy}>
            {s.queue.copyEmail}
          </Button>
        ) : null}
        {draft.channel === "sms" ? (
          <Button size="small" aria-label={s.queue.copyTextFor(name)} onClick={copy}>
            {s.queue.copyText}
          </Button>
        ) : null}
        {draft.mayApprove ? (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            aria-label={s.queue.approveFor(name)}
            onClick={() => review("approve")}
          >
            {s.queue.approve}
          </Button>
        ) : null}
        {draft.maySend ? (
          <Button
            ref={(el: HTMLButtonElement | null) => {
              sentRef.current = el;
            }}
            size="small"
            disabled={busy}
            aria-expanded={confirm === "sent"}
            aria-label={s.queue.markSentFor(name)}
            onClick={() => setConfirm("sent")}
          >
            {s.queue.markSent}
          </Button>
        ) : null}
        <Button
          ref={(el: HTMLButtonElement | null) => {
            discardRef.current = el;
          }}
          size="small"
          disabled={busy}
          aria-expanded={confirm === "discarded"}
          aria-label={s.queue.discardFor(name)}
          onClick={() => setConfirm("discarded")}
        >
          {s.queue.discard}
        </Button>
      </div>
      {confirm ? (
        <Confirm
          key={confirm}
          title={confirm === "sent" ? s.queue.confirmSentTitle : s.queue.confirmDiscardTitle}
          body={confirm === "sent" ? s.queue.confirmSentBody(name) : s.queue.confirmDiscardBody(name)}
          confirmLabel={confirm === "sent" ? s.queue.markSent : s.queue.discard}
          onConfirm={() => review(confirm)}
          onCancel={cancelConfirm}
        />
      ) : null}
      {busy ? <Caption1 role="status">{s.queue.saving}</Caption1> : null}
      {hand.state === "error" ? <ApiErrorBar error={hand.error} /> : null}
      {note ? (
        <MessageBar intent={note.intent} layout="multiline">
          <MessageBarBody>
            {note.text}
            {hand.state === "pdfBlocked" && pdfUrl ? (
              <>
                {" "}
                <Link href={pdfUrl.url} target="_blank" download={`letter-${draft.clientId}-${draft.runDate}.pdf`}>
                  {s.queue.pdfLink(name)}
                </Link>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {previewOpen ? (
        <section id={textId} aria-label={s.queue.text(name)}>
          {/* Focusable so keyboard users can scroll a long draft. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
          <pre className={styles.text} tabIndex={0}>
            {draftText(draft)}
          </pre>
        </section>
      ) : null}
    </li>
  );
}

"use client";

import { useId, useRef, type ReactNode } from "react";
import styles from "./admin.module.css";

type Props = {
  /** What is deleted: "figure", "event". */
  noun: string;
  /** What deleting it does, in a sentence or two. */
  description: ReactNode;
  pending: boolean;
  onConfirm: () => void;
};

/**
 * "Delete" asks first, in a modal <dialog>: the browser keeps focus inside it and closes it on Escape; opening
 * puts focus on "Cancel" (the safe choice), and closing returns it to the button that opened it.
 */
export function ConfirmDeleteButton({ noun, description, pending, onConfirm }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  function open() {
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }

  function close() {
    dialogRef.current?.close();
  }

  return (
    <>
      <button ref={openerRef} type="button" className={styles.danger} onClick={open} disabled={pending}>
        Delete…
      </button>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-labelledby={`${id}-heading`}
        aria-describedby={`${id}-description`}
        onClose={() => openerRef.current?.focus()}
      >
        <h2 id={`${id}-heading`}>Delete this {noun}?</h2>
        <p id={`${id}-description`}>{description}</p>
        <div className={styles.actions}>
          <button ref={cancelRef} type="button" className="secondary" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className={styles.danger}
            disabled={pending}
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            Delete {noun}
          </button>
        </div>
      </dialog>
    </>
  );
}

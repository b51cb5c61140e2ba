"use client";

import { useRef } from "react";
import styles from "./admin.module.css";

type Props = { subject: string; pending: boolean; onConfirm: () => void };

/**
 * "Delete" asks first, in a modal <dialog>: the browser keeps focus inside it and closes it on Escape; opening
 * puts focus on "Cancel" (the safe choice), and closing returns it to the button that opened it.
 */
export function DeleteFigureButton({ subject, pending, onConfirm }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

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
        aria-labelledby="delete-heading"
        aria-describedby="delete-description"
        onClose={() => openerRef.current?.focus()}
      >
        <h2 id="delete-heading">Delete this figure?</h2>
        <p id="delete-description">
          “{subject}” will disappear from every public page and CSV. It is not erased: its history keeps every version,
          and it can be restored from there.
        </p>
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
            Delete figure
          </button>
        </div>
      </dialog>
    </>
  );
}

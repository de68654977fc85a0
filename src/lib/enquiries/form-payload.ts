/**
 * A form's controls as the JSON the API takes. Dotted names ("lines.2.quantity") build nested
 * objects and arrays; checkboxes become booleans, number and empty inputs numbers or nothing.
 */
export function formPayload(
  form: HTMLFormElement,
  skip: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const control of Array.from(form.elements)) {
    if (
      !(
        control instanceof HTMLInputElement ||
        control instanceof HTMLSelectElement ||
        control instanceof HTMLTextAreaElement
      )
    )
      continue;
    if (!control.name || control.disabled || skip.has(control.name)) continue;
    let value: unknown;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') value = control.checked;
    else if (control instanceof HTMLInputElement && control.type === 'number') {
      value =
        control.value === ''
          ? undefined
          : Number.isNaN(control.valueAsNumber)
            ? control.value
            : control.valueAsNumber;
    } else value = control.value;
    if (value === undefined) continue;
    setPath(payload, control.name.split('.'), value);
  }
  return payload;
}

function setPath(target: Record<string, unknown> | unknown[], keys: string[], value: unknown) {
  const [key, ...rest] = keys;
  if (key === undefined) return;
  const slot = target as Record<string, unknown>;
  if (rest.length === 0) {
    slot[key] = value;
    return;
  }
  slot[key] ??= /^\d+$/.test(rest[0] as string) ? [] : {};
  setPath(slot[key] as Record<string, unknown>, rest, value);
}

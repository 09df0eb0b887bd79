/**
 * Saves a Blob as a file the user downloads (no `downloads` permission: an <a download> click).
 * A Blob built in parts (the batch verdicts) is downloaded as it is, never read back into a string.
 */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or Firefox cancels the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadText = (filename: string, text: string, type: string) =>
  downloadBlob(filename, new Blob([text], { type }));

export const downloadJson = (filename: string, value: unknown) =>
  downloadText(filename, `${JSON.stringify(value, null, 2)}\n`, 'application/json');

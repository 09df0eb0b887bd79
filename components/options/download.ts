/** Saves text as a file the user downloads (no `downloads` permission: an <a download> click). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

export const downloadJson = (filename: string, value: unknown) =>
  downloadText(filename, `${JSON.stringify(value, null, 2)}\n`, 'application/json');

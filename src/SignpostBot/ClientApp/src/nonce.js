// The CSP nonce of the script tag that loaded the widget, for libraries that create <style> elements.
let current;

export function setNonce(nonce) {
  current = nonce;
}

export function getNonce() {
  return current;
}

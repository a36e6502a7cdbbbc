// What a page without a server round trip "sent": kept on window.received (for tests) and shown
// as text under the form (never as HTML), the way a single-page app shows "Đã gửi".
window.showReceived = function showReceived(data) {
  window.received = data;
  let box = document.getElementById('received');
  if (!box) {
    box = document.createElement('pre');
    box.id = 'received';
    document.body.appendChild(box);
  }
  box.textContent = JSON.stringify(data, null, 2);
};

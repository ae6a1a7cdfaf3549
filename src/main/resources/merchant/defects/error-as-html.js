// Defect: puts the message in as HTML, so tags in it vanish (and could run).
Shop.showMessage = function (text) {
  document.getElementById('result').innerHTML = text;
};

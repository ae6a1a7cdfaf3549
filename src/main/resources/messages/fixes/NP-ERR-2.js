// On the m_redirect_url page
var query = new URLSearchParams(location.search);
if (query.get("imp_success") === "false" || query.get("error_msg")) {
  document.getElementById("message").textContent = query.get("error_msg"); // as it came
}

message.textContent = rsp.error_msg; // not message.innerHTML

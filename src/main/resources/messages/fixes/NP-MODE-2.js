IMP.request_pay({ /* ... */ m_redirect_url: location.origin + "/payments/complete" });

// Swagger UI for /docs, served from the vendored swagger-ui-dist (no CDN).
"use strict";
if (window.SwaggerUIBundle) {
  window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
}

/** The browser app's shell: form login with a session and CSRF for the pages, the home page and refusals. */
package io.servicebalance.browser;

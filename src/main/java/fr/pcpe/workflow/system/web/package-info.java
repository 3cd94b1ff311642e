/** Web errors in French and strict JSON input for the application's API. */
package fr.pcpe.workflow.system.web;

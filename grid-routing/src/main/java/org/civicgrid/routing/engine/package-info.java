/**
 * The case engine (办件引擎): the service façade an application calls to report a case, execute a
 * command on it and sweep deadlines. It ties routing, the lifecycle, escalation and the store
 * together, writing each change's audit events and the notifications they cause in one atomic
 * append; a {@link org.civicgrid.routing.engine.NotificationPlanner} decides who hears of which
 * event.
 */
package org.civicgrid.routing.engine;

/**
 * The screens of calls for proposals: the public list and detail pages anyone may read without
 * signing in ({@code /calls.xhtml}, {@code /call.xhtml}, through {@code call.boundary.PublicCalls}),
 * and the programme officer's screen to draft, publish and close calls ({@code /officer/calls.xhtml}).
 */
package org.tianshan.grants.call.screens;

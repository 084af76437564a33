/**
 * What every screen shares: the locale switch (简体中文 by default, English), sign-in and sign-out,
 * the role home page, and {@link org.tianshan.grants.web.screens.FacesErrors}, which shows a
 * refused request as Faces messages from the bundle. Screens of a context live in its own
 * {@code <context>.screens} package.
 */
package org.tianshan.grants.web.screens;

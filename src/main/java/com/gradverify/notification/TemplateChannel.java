package com.gradverify.notification;

/**
 * A channel that sends through its provider's approved templates, one per topic (WeChat 模板消息, SMS
 * templates): a topic without a template is not sent by it.
 */
abstract class TemplateChannel implements DeliveryChannel {

	private final Channel channel;

	private final NotificationProperties.Templated settings;

	TemplateChannel(Channel channel, NotificationProperties.Templated settings) {
		this.channel = channel;
		this.settings = settings;
	}

	@Override
	public Channel channel() {
		return channel;
	}

	@Override
	public NotificationProperties.Limits limits() {
		return settings.limits();
	}

	@Override
	public boolean carries(Topic topic) {
		return settings.templates().containsKey(topic);
	}

	/** The template for the topic of a message it carries. */
	String template(Topic topic) {
		return settings.templates().get(topic);
	}
}

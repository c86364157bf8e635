import type { Activity } from 'botbuilder';

/**
 * The key under which an activity counts as handled. Teams activity ids are
 * unique within a conversation, so the conversation is part of the key.
 * Only activities that can change something or send a reply are tracked.
 */
export function handledActivityKey(activity: Partial<Activity>, isManualAction: boolean): string | undefined {
  if (!activity.id || !activity.conversation?.id) return undefined;
  const tracked =
    activity.type === 'message' || (activity.type === 'invoke' && activity.name === 'adaptiveCard/action' && isManualAction);
  if (!tracked) return undefined;
  return `${activity.channelId ?? ''}|${activity.conversation.id}|${activity.id}`;
}

"""Chrome lines written for the boilerplate bench, one list per category of the chrome model
(issue 16), and controls: copy that uses the same words but is a sentence of a story.

These wordings are the bench's, not the pack's: none of them is in rules/lexicons, so a line
found here is found by the model's signals, not by a phrase someone listed. Keep it that way:
when a miss here leads to a change, change the signals (a verb, an object, a shape), never add
the line.
"""

CATEGORIES: dict[str, list[str]] = {
    "call to action": [
        "Get our morning briefing straight to your inbox every weekday",
        "Download the Harbour Times app for breaking news alerts",
        "Turn on push notifications to never miss a story",
        "Sign in to your account to keep reading",
        "Join the conversation: add your comment below",
        "Subscribe to our weekly podcast on Spotify or Apple Podcasts",
        "Create a free account to save articles for later",
        "Tap here to enable alerts for this topic",
    ],
    "social networks and handles": [
        "Follow Maria Ortega on X @mortega_news",
        "Facebook | WhatsApp | Telegram | Copy link",
        "Connect with us on Instagram and TikTok",
        "Email this | Share on LinkedIn | Pin it",
        "@harbourtimes on Bluesky and Threads",
        "Twitter Facebook Reddit Email",
    ],
    "link shapes": [
        "Read next: Council weighs harbour levy",
        "[Read: Why the tide gates failed again]",
        "Continue reading › The ferry's last winter",
        "ALSO READ » Fishing fleet stays in port",
        "Opinion | Ferries | Weather | Local",
        "See also: Ten years of storm damage, mapped",
    ],
    "times and counters": [
        "2 hours ago",
        "Updated 14 minutes ago",
        "128 comments",
        "5 min read",
        "01:12 / 03:45",
        "3.4K shares",
    ],
    "player and gallery controls": [
        "Play video",
        "Image 3 of 12",
        "Mute | Fullscreen | Closed captions",
        "Next slide",
        "Skip ad in 5",
        "Click to expand image",
    ],
    "credits": [
        "Photo: Lena Brandt/Getty Images",
        "(Image credit: Shutterstock)",
        "Picture by Tom Ellery / AFP via Getty Images",
        "Photograph: Ravi Menon/Reuters",
        "Credit: Alamy Stock Photo",
        "Image: iStock / Getty Images Plus",
    ],
    "tags and breadcrumbs": [
        "Tags: Harbour, Storms, Local news",
        "Filed under: Weather, Transport",
        "Home › News › Local",
        "Topics: flooding, climate, council",
        "Categories: Politics | Coast",
        "More on this topic: Storms, Ferries",
    ],
    "paywall and membership": [
        "Already a subscriber? Log in to continue",
        "This article is for members only",
        "You have reached your free article limit this month",
        "Become a member to unlock unlimited access",
        "Subscribe now for just 1 a week",
        "Support independent journalism: donate today",
    ],
    "syndication and reprint": [
        "This story originally appeared on Coastline Weekly",
        "Republished with permission from the Harbour Herald",
        "Reprinted under a Creative Commons licence",
        "Copyright 2024 Harbour Media Group. All rights reserved.",
        "This article was produced in partnership with Shoreline Press",
        "Distributed by Tribune Content Agency",
    ],
    "script and cookie notices": [
        "Please enable JavaScript to view this content",
        "We use cookies to personalise content and ads",
        "Your browser is out of date and may not display this page",
        "Turn off your ad blocker to support us",
        "Accept all cookies | Manage preferences",
        "This video requires a browser that supports HTML5",
    ],
    "headline lists": [
        "Most read\nHarbour wall to be rebuilt by spring\nFerry fares rise for third year\n"
        "Storm names for the coming season revealed",
        "Related stories\nCouncil approves new flood barrier\nFishing quotas cut again\n"
        "Lifeboat crew honoured for rescue",
        "More from Local\nSchool reopens after roof repairs\nBus route axed in budget cuts\n"
        "Pier closed after storm damage",
    ],
}

CONTROLS: dict[str, list[str]] = {
    "a sentence about sharing or social media": [
        "The mayor urged residents to share the warning with elderly neighbours.",
        "She posted the photographs on Facebook and Instagram the same evening.",
        "Police said the suspect had followed the victim on Twitter for months.",
    ],
    "a sentence about apps, comments and subscriptions": [
        "He declined to comment.",
        "Subscribers to the council's alert service received a text at 6am.",
        "The company said its app had been downloaded two million times.",
    ],
    "times, counts and photos in copy": [
        "The ferry left two hours ago, the port said.",
        "The video, which lasts three minutes, shows the wall collapsing.",
        "A photographer for Reuters captured the moment the pier gave way.",
    ],
    "short real lines": [
        "Police said.",
        "It did not happen.",
        "The vote was 12 to 3.",
    ],
}

# Written after the model was tuned, and never used to change it: the honest planted figure.
HELD_OUT: dict[str, list[str]] = {
    "call to action": [
        "Never miss a match report: get our sports alerts on your phone",
        "Save this article to read later",
        "Listen to this story in the app",
        "Sign up for the Coast Weekly newsletter",
    ],
    "social networks and handles": [
        "Share on WhatsApp | Share on Facebook",
        "Find us on YouTube and TikTok",
        "X (formerly Twitter) @coastweekly",
        "Pinterest Reddit Flipboard",
    ],
    "link shapes": [
        "READ ALSO: How the lifeboat crews train",
        "Up next » Harbour fees explained",
        "[See also: The lost villages of the coast]",
        "Recommended: Ten walks along the cliffs",
    ],
    "times and counters": ["Published 5 hours ago", "12 replies", "7 min read", "1.2K views"],
    "player and gallery controls": [
        "Watch now",
        "Photo 2 of 7",
        "Play | Pause | Replay",
        "Enlarge this image",
    ],
    "credits": [
        "Photograph: Mei Tanaka for the Coast Weekly",
        "(Photo by Sam Obi/AFP via Getty Images)",
        "Image: Reuters/Ola Berg",
        "Picture: PA Wire",
    ],
    "tags and breadcrumbs": [
        "Topics: Lifeboats, Rescue",
        "Posted in: Local, Weather",
        "News › UK › Coast",
        "Tagged: ferries, strikes",
    ],
    "paywall and membership": [
        "Subscribers only: unlock this story",
        "Start your free trial to keep reading",
        "Support our journalism from 2 a month",
        "This content is exclusive to members. Log in",
    ],
    "syndication and reprint": [
        "A version of this story first appeared in The Tideline",
        "Reprinted with permission of Coast Press",
        "© Coast Weekly 2024",
        "This article is republished from The Shore under a Creative Commons license",
    ],
    "script and cookie notices": [
        "JavaScript is required to play this video",
        "Manage cookies | Privacy policy",
        "Please update your browser to view this page",
        "Disable your ad blocker to keep reading",
    ],
    "headline lists": [
        "Most popular\nCliff path to reopen in June\nLifeboat crew saves two swimmers\n"
        "Harbour cafe wins award",
        "Top stories\nFerry strike called off\nStorm warning for the weekend\n"
        "New pier plans unveiled",
    ],
}

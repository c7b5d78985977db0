# saving the tags of a post as JSON; the tags are a set
import json

post = {"title": "hi", "tags": {"news"}}
print(json.dumps({"title": post["title"]}))
print(json.dumps(post))

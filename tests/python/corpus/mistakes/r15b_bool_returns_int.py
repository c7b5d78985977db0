# Mistake: __bool__ returns the count instead of a bool.
class Inbox:
    def __init__(self, messages):
        self.messages = messages
    def __bool__(self):
        return len(self.messages)

box = Inbox(["hi", "hello"])
if box:
    print("you have mail")

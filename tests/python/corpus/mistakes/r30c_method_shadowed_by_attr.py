# An attribute with the same name as a method hides the method.
class Song:
    def __init__(self, title, play):
        self.title = title
        self.play = play

    def play(self):
        return f"playing {self.title}"

s = Song("Intro", True)
print(s.play)
print(s.play())

class Task:
    def __init__(self, title):
        self.title = title
        self.finished = False

t = Task("write report")
t.finished = True
print(t.title, t.finshed)

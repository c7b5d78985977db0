# A method called on the class instead of an instance.
class Worker:
    def __init__(self, name):
        self.name = name

    def run(self):
        return self.name + " running"

print(Worker.run())

# A class body not indented.
class Worker:
def run(self):
    return 1

print(Worker().run())

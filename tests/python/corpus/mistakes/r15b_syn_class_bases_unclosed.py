# Mistake: a class's base list spread over lines and left open.
class Base:
    pass

class Mixin:
    pass

class Worker(Base,
             Mixin:
    def run(self):
        print("running")

Worker().run()

# super() called for a method the base class lacks.
class Base:
    def start(self):
        print("base start")

class Child(Base):
    def stop(self):
        super().stop()

Child().start()
Child().stop()

# Binding functions by hand: types.MethodType, __get__, and adding methods to a class later
import types


class Robot:
    def __init__(self, name):
        self.name = name


def speak(self, word="beep"):
    return f"{self.name} says {word}"


r1, r2 = Robot("R1"), Robot("R2")
r1.speak = types.MethodType(speak, r1)
print(r1.speak(), r1.speak("hi"), hasattr(r2, "speak"))
bound = speak.__get__(r2, Robot)
print(bound("boop"), bound.__self__.name, type(bound).__name__)
Robot.speak = speak
print(r2.speak(), Robot.speak(r1, "x"), r1.speak("instance wins"))
Robot.shout = lambda self: self.speak().upper()
print(r2.shout())
print(vars(r1).keys(), "speak" in vars(Robot))
unbound = speak.__get__(None, Robot)
print(unbound is speak)
r2.speak(1, 2)

def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

class Robot:
    def speak(self, words):
        return words.upper()

tests = [
    lambda: greet(),
    lambda: greet("a", "b", "c"),
    lambda: Robot().speak(),
    lambda: Robot().speak("x", "y"),
    lambda: Robot.speak("hi"),
    lambda: len(),
    lambda: len([1], [2]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)

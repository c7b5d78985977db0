# A method called on the class instead of an instance
class Dog:
    def speak(self, times):
        return "woof " * times

print(Dog.speak(2))

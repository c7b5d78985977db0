# A learner's first program: asking for an age and adding a number to the str (TypeError).
name = input("What is your name? ")
age = input("How old are you? ")
print("Hello, " + name + "!")
print("Next year you will be", int(age) + 1)
print("In ten years you will be " + age + 10)

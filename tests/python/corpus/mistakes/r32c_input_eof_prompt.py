# Reading a name with input() when no input is available.
print("Welcome to the quiz")
name = input("Your name: ")
print("Hello,", name)
# (the learner's program ends here)

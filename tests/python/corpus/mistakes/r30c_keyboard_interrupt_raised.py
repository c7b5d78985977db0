# Raising KeyboardInterrupt by hand to "stop" the program.
def menu(choice):
    if choice == "q":
        print("quitting")
        raise KeyboardInterrupt
    return choice

print(menu("a"))
menu("q")

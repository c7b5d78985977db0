# Testing an input()-driven function by replacing builtins.input and print, then restoring them
import builtins


def ask_age():
    while True:
        text = input("Age? ")
        if text.isdigit():
            return int(text)
        print(f"{text!r} is not a number")


answers = iter(["abc", "-3", "42"])
captured = []
real_input, real_print = builtins.input, builtins.print
builtins.input = lambda prompt="": next(answers)
builtins.print = lambda *a, **k: captured.append(" ".join(map(str, a)))
try:
    age = ask_age()
finally:
    builtins.input, builtins.print = real_input, real_print
print("age:", age)
print("captured:", captured)
print(builtins.input is input, "print" in dir(builtins))
input = lambda prompt="": "7"
print(ask_age())

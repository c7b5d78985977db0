# error raised while executing a class body
print("defining")
class Settings:
    debug = True
    level = int("high")
    name = "x"

# One line indented with a tab, the next with spaces
def greet(name):
	message = "hello " + name
        return message

print(greet("ada"))

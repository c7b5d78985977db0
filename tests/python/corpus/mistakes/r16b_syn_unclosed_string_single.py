# A string whose closing quote is missing
print("== unclosed string single ==")

greeting = 'hello world
print(greeting)

# A string whose closing quote is missing
greeting = 'hello world
print(greeting)

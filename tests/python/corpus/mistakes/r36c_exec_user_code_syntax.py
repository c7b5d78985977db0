# running little snippets a user typed, with exec
snippets = ["x = 2 * 3\nprint(x)", "for i in range(2): print(i)", "print('a' 'b')", "y = (1 +\nprint(y)"]
for code in snippets:
    print("--- running", repr(code))
    exec(code)

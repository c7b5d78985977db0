# tutorial 4.8.1: default arguments, ask_ok with input fed from stdin
def ask_ok(prompt, retries=4, reminder='Please try again!'):
    while True:
        ok = input(prompt)
        if ok in ('y', 'ye', 'yes'):
            return True
        if ok in ('n', 'no', 'nop', 'nope'):
            return False
        retries = retries - 1
        if retries < 0:
            raise ValueError('invalid user response')
        print(reminder)
print(ask_ok('Do you really want to quit?'))
print(ask_ok('OK to overwrite the file?', 2))
print(ask_ok('OK to overwrite the file?', 2, 'Come on, only yes or no!'))
print(ask_ok('Last one? ', 1))

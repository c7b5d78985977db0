# exec() of learners' lines with accents: the SyntaxError offsets count characters, as CPython's for a str
lines = ["prix = 'café' + ", "total = ('crème' 'brûlée' 3)", "réponse = 'oui' if x", "x = 'é' ; y = 0777", "print('ça'))"]
for line in lines:
    try:
        exec(line)
    except SyntaxError as e:
        print(f'{e.msg} | offset {e.offset} to {e.end_offset} | {e.text!r}')

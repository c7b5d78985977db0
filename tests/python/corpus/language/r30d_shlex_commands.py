# shlex splitting of a command line typed into a toy shell, quoting and an error
import shlex

for line in ['run --name "my task" --tag=a\\ b', "echo 'single quoted' plain", 'x "" y', "a#b # comment"]:
    print(shlex.split(line), shlex.split(line, comments=True))
print(shlex.quote("it's a file.txt"), shlex.quote("safe"), shlex.quote(""), shlex.join(["echo", "a b", "c"]))
lex = shlex.shlex("a=1, b='two words'", posix=True)
lex.whitespace += ","
print(list(lex))
print(shlex.split('unterminated "quote'))

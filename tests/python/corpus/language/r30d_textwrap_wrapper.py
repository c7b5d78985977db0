# textwrap.TextWrapper with max_lines, break_long_words, drop_whitespace and tabs
import textwrap

text = "The event loop schedules callbacks;   it never blocks.\tTasks wrap coroutines. Supercalifragilisticexpialidocious!"
w = textwrap.TextWrapper(width=24, max_lines=3, placeholder=" ...")
print(w.wrap(text))
w2 = textwrap.TextWrapper(width=12, break_long_words=False, break_on_hyphens=False)
print(w2.wrap("a well-known extraordinarily-long-hyphenated-word here"))
w3 = textwrap.TextWrapper(width=20, drop_whitespace=False, replace_whitespace=False, expand_tabs=False)
print(w3.wrap("keep   the   spaces\tand tab"))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 5), textwrap.wrap("x" * 12, 5))
print(textwrap.fill("one two three four five six", width=10, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world,   this is   long", 18), textwrap.shorten("Hi", 10))
print(textwrap.dedent("  a\n    b\n\t c"))
textwrap.TextWrapper(width=0).wrap("abc")

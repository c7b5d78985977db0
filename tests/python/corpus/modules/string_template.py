# string.Template: substitute (a dict and keywords), safe_substitute, $$, ${name}, invalid placeholders' line and column, get_identifiers, is_valid, a subclass's delimiter
from string import Template
t = Template('$who likes $what, ${who}! Cost: $$5 ${what}s')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid(), t.template)
for text, kw in [('hi $name', {}), ('price: $ 5', {'x': 1}), ('line1\nok ${bad-id} here', {}), ('$1', {}), ('end $', {})]:
    try:
        print(Template(text).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(text).safe_substitute()), Template(text).is_valid())
class Percent(Template):
    delimiter = '%'
print(Percent('%x and %%y and %{x}z').substitute(x=42))
print(Template('$a$b_c${d}e').substitute(a=1, b_c=2, d=3))
print(Template.delimiter, Template('x').template)

# Customising string.Formatter (convert_field, format_field) and Template (pattern, braceidpattern)
import string


class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, spec):
        if spec == "money":
            return f"${value:,.2f}"
        return super().format_field(value, spec)


f = Upper()
print(f.format("{0!u} owes {1:money} ({1!r:>10})", "ann", 1234.5))
print(f.format("{name!s:*^9}", name="bo"), f.check_unused_args is not None)


class AtTemplate(string.Template):
    delimiter = "@"
    braceidpattern = r"[a-z]+\.[a-z]+"


t = AtTemplate("Hi @name, see @{user.home} and @@")
print(t.substitute({"name": "cy", "user.home": "/home/cy"}))


class Angle(string.Template):
    pattern = r"<(?:(?P<escaped><)|(?P<named>\w+)>|(?P<braced>)(?!)|(?P<invalid>))"


print(Angle("Dear <who>, << <what>").substitute(who="Dee", what="hi"))
print(f.format("{0!x}", 1))

# configparser from a string: sections, typed getters, fallbacks, interpolation and errors
import configparser

text = """
[DEFAULT]
timeout = 30
base = /srv

[server]
host = example.org
port = 8080
debug = yes
root = %(base)s/www

[client]
retries = 3
timeout = 5.5
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), "server" in cp, cp.has_option("client", "base"))
srv = cp["server"]
print(srv["host"], srv.getint("port"), srv.getboolean("debug"), srv["root"], srv["timeout"])
print(cp.getfloat("client", "timeout"), cp.get("client", "missing", fallback="n/a"))
print(dict(cp["client"]), list(cp["server"]))
print(cp.get("server", "root", raw=True))
cp.getint("server", "host")

//! A reader for the part of GNU ld / LLD linker scripts that `memory.x` files use: `MEMORY` blocks, symbol
//! assignments, `PROVIDE`, `REGION_ALIAS`, `INCLUDE`, and the expressions between them.
//!
//! It understands what decides the memory map (regions and the symbols computed from them) and steps over
//! the rest (`SECTIONS`, `ASSERT`, `ENTRY`, `INSERT AFTER`...). Numbers follow ld: `0x` hex, a leading `0`
//! for octal, decimal otherwise, with `K` and `M` suffixes. `ORIGIN = `, `org = ` and `o = `, and `LENGTH = `,
//! `len = ` and `l = ` are all accepted, with or without the comma and the `(rwx)` attributes.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// How deep `INCLUDE`s may nest before the reader assumes a cycle.
const MAX_INCLUDE_DEPTH: usize = 16;

/// What a linker script says about memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkerScript {
    /// The `MEMORY` regions, in the order they are declared.
    pub regions: Vec<Region>,
    /// Symbols assigned a value the reader could compute (e.g. `_stack_start = ORIGIN(RAM) + LENGTH(RAM);`).
    pub symbols: BTreeMap<String, u64>,
    /// `REGION_ALIAS("alias", REGION)` lines, as riscv-rt's `link.x` needs them.
    pub region_aliases: Vec<RegionAlias>,
}

/// One `MEMORY` region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// Its name, as sections refer to it (`> FLASH`). Linker region names are case-sensitive.
    pub name: String,
    /// The attribute list between parentheses (`rx`, `rwx`, `!w`), if there is one.
    pub attributes: Option<String>,
    /// First address.
    pub origin: u64,
    /// Size in bytes.
    pub length: u64,
    /// Where it is declared, `file:line`.
    pub location: String,
}

impl Region {
    /// One past the last address.
    pub fn end(&self) -> u64 {
        self.origin.saturating_add(self.length)
    }
}

/// A `REGION_ALIAS("alias", region)` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionAlias {
    /// The name the runtime's script uses (`REGION_TEXT`).
    pub alias: String,
    /// The region it stands for (`FLASH`).
    pub region: String,
    /// Where it is declared, `file:line`.
    pub location: String,
}

impl LinkerScript {
    /// The region with exactly this name.
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.name == name)
    }
}

/// Reads a linker script file and the files it `INCLUDE`s (looked up next to the including file).
pub fn parse_file(path: &Path) -> Result<LinkerScript> {
    let mut script = LinkerScript::default();
    read_into(&mut script, path, 0)?;
    Ok(script)
}

/// Reads linker script text; `INCLUDE`d files are looked up in `directory`.
#[cfg(test)]
pub fn parse_str(text: &str, name: &str, directory: &Path) -> Result<LinkerScript> {
    let mut script = LinkerScript::default();
    Parser::new(text, name, directory, 0)?.statements(&mut script)?;
    Ok(script)
}

fn read_into(script: &mut LinkerScript, path: &Path, depth: usize) -> Result<()> {
    if depth > MAX_INCLUDE_DEPTH {
        bail!("{}: INCLUDEs nest deeper than {MAX_INCLUDE_DEPTH} levels (a cycle?)", path.display());
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let directory = path.parent().unwrap_or(Path::new("."));
    Parser::new(&text, &path.display().to_string(), directory, depth)?.statements(script)
}

/// Parses a number as ld does (`0x8000`, `64K`, `1M`, `0777`, `$1f`), for `--min-stack` and override files.
pub fn parse_number(text: &str) -> Result<u64> {
    let tokens = tokenize(text.trim(), "number")?;
    match tokens.as_slice() {
        [Token { kind: TokenKind::Number(n), .. }] => Ok(*n),
        _ => bail!("`{text}` is not a number (write e.g. 4096, 0x1000, 4K or 1M)"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TokenKind {
    Ident(String),
    Number(u64),
    /// A quoted string, or the file name after `INCLUDE`.
    Text(String),
    Punct(&'static str),
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenKind::Ident(s) => write!(f, "`{s}`"),
            TokenKind::Number(n) => write!(f, "`{n:#x}`"),
            TokenKind::Text(s) => write!(f, "\"{s}\""),
            TokenKind::Punct(p) => write!(f, "`{p}`"),
        }
    }
}

#[derive(Debug, Clone)]
struct Token {
    kind: TokenKind,
    line: usize,
}

/// Operators, longest first so that `<<=` wins over `<<` and `<`.
const PUNCTUATION: &[&str] = &[
    "<<=", ">>=", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=", "&=", "|=", "{", "}", "(",
    ")", ";", ",", ":", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "!", "<", ">", "?",
];

fn tokenize(text: &str, name: &str) -> Result<Vec<Token>> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\n' {
            line += 1;
            i += 1;
        } else if c.is_ascii_whitespace() {
            i += 1;
        } else if text[i..].starts_with("/*") {
            let Some(end) = text[i + 2..].find("*/") else {
                bail!("{name}:{line}: comment is not closed (`*/` missing)");
            };
            line += text[i..i + 2 + end].matches('\n').count();
            i += end + 4;
        } else if c == b'"' {
            let Some(end) = text[i + 1..].find('"') else {
                bail!("{name}:{line}: string is not closed");
            };
            let value = &text[i + 1..i + 1 + end];
            line += value.matches('\n').count();
            tokens.push(Token { kind: TokenKind::Text(value.to_string()), line });
            i += end + 2;
        } else if matches!(tokens.last(), Some(Token { kind: TokenKind::Ident(word), .. }) if word == "INCLUDE") {
            // ld reads the operand of INCLUDE as a file name, which may hold `/`, `-` and `.`.
            let end = text[i..].find(|c: char| c.is_whitespace() || c == ';').map_or(text.len(), |n| i + n);
            tokens.push(Token { kind: TokenKind::Text(text[i..end].to_string()), line });
            i = end;
        } else if c.is_ascii_digit() || c == b'$' {
            let end = text[i..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '$')).map_or(text.len(), |n| i + n);
            let number = number(&text[i..end]).with_context(|| format!("{name}:{line}"))?;
            tokens.push(Token { kind: TokenKind::Number(number), line });
            i = end;
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'.' {
            let end = text[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$'))
                .map_or(text.len(), |n| i + n);
            tokens.push(Token { kind: TokenKind::Ident(text[i..end].to_string()), line });
            i = end;
        } else if let Some(p) = PUNCTUATION.iter().find(|p| text[i..].starts_with(**p)) {
            tokens.push(Token { kind: TokenKind::Punct(p), line });
            i += p.len();
        } else {
            let ch = text[i..].chars().next().unwrap_or('?');
            bail!("{name}:{line}: unexpected character `{ch}`");
        }
    }
    Ok(tokens)
}

/// One ld number token: `0x8000`, `$8000`, `0777` (octal), `1024`, each optionally followed by `K` or `M`.
fn number(text: &str) -> Result<u64> {
    let (digits, multiplier) = match text.as_bytes().last() {
        Some(b'K' | b'k') => (&text[..text.len() - 1], 1024),
        Some(b'M' | b'm') => (&text[..text.len() - 1], 1024 * 1024),
        _ => (text, 1),
    };
    let value = if let Some(hex) = digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        u64::from_str_radix(hex, 16)
    } else if let Some(hex) = digits.strip_prefix('$') {
        u64::from_str_radix(hex, 16)
    } else if digits.len() > 1 && digits.starts_with('0') {
        u64::from_str_radix(&digits[1..], 8)
    } else {
        digits.parse()
    };
    let value = value.map_err(|_| anyhow::anyhow!("`{text}` is not a number"))?;
    value.checked_mul(multiplier).ok_or_else(|| anyhow::anyhow!("`{text}` does not fit in 64 bits"))
}

/// An expression as written; evaluated once the symbols it names are known.
#[derive(Debug, Clone)]
enum Expr {
    Number(u64),
    Symbol(String),
    Call(String, Vec<Expr>),
    Unary(&'static str, Box<Expr>),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Conditional(Box<Expr>, Box<Expr>, Box<Expr>),
}

/// Why an expression has no value here: it names something only the linker knows (`.`, `_stack_end`,
/// `SIZEOF(.data)`), or divides by zero.
#[derive(Debug)]
struct Unknown(String);

/// The parser over one file's tokens.
struct Parser<'a> {
    tokens: Vec<Token>,
    position: usize,
    name: String,
    directory: &'a Path,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &str, name: &str, directory: &'a Path, depth: usize) -> Result<Self> {
        Ok(Parser { tokens: tokenize(text, name)?, position: 0, name: name.to_string(), directory, depth })
    }

    fn peek(&self) -> Option<&TokenKind> {
        self.tokens.get(self.position).map(|t| &t.kind)
    }

    fn peek_at(&self, offset: usize) -> Option<&TokenKind> {
        self.tokens.get(self.position + offset).map(|t| &t.kind)
    }

    fn line(&self) -> usize {
        self.tokens.get(self.position).or_else(|| self.tokens.last()).map_or(1, |t| t.line)
    }

    fn location(&self) -> String {
        format!("{}:{}", self.name, self.line())
    }

    fn next(&mut self) -> Result<TokenKind> {
        match self.tokens.get(self.position) {
            Some(token) => {
                self.position += 1;
                Ok(token.kind.clone())
            }
            None => bail!("{}: the script ends in the middle of a statement", self.location()),
        }
    }

    fn is_punct(&self, punct: &str) -> bool {
        matches!(self.peek(), Some(TokenKind::Punct(p)) if *p == punct)
    }

    fn eat_punct(&mut self, punct: &str) -> bool {
        let found = self.is_punct(punct);
        if found {
            self.position += 1;
        }
        found
    }

    fn expect_punct(&mut self, punct: &str) -> Result<()> {
        if self.eat_punct(punct) {
            return Ok(());
        }
        let location = self.location();
        match self.peek() {
            Some(found) => bail!("{location}: expected `{punct}`, found {found}"),
            None => bail!("{location}: expected `{punct}`, found the end of the script"),
        }
    }

    fn ident(&mut self) -> Result<String> {
        let location = self.location();
        match self.next()? {
            TokenKind::Ident(name) => Ok(name),
            other => bail!("{location}: expected a name, found {other}"),
        }
    }

    /// Skips a balanced `( ... )` or `{ ... }` group starting at the current token.
    fn skip_group(&mut self) -> Result<()> {
        let location = self.location();
        let mut depth = 0usize;
        loop {
            match self.next().with_context(|| format!("{location}: unbalanced brackets"))? {
                TokenKind::Punct("(" | "{") => depth += 1,
                TokenKind::Punct(")" | "}") => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
    }

    fn statements(&mut self, script: &mut LinkerScript) -> Result<()> {
        while let Some(token) = self.peek().cloned() {
            match token {
                TokenKind::Punct(";") => self.position += 1,
                TokenKind::Ident(word) => self.statement(&word, script)?,
                other => bail!("{}: unexpected {other}", self.location()),
            }
        }
        Ok(())
    }

    fn statement(&mut self, word: &str, script: &mut LinkerScript) -> Result<()> {
        match word {
            "MEMORY" => {
                self.position += 1;
                self.memory(script)
            }
            "INCLUDE" => {
                self.position += 1;
                let location = self.location();
                let file = match self.next()? {
                    TokenKind::Text(file) => file,
                    other => bail!("{location}: INCLUDE needs a file name, found {other}"),
                };
                let path = self.directory.join(&file);
                if !path.is_file() {
                    bail!("{location}: INCLUDE {file}: no such file next to the script ({})", path.display());
                }
                read_into(script, &path, self.depth + 1).with_context(|| format!("{location}: INCLUDE {file}"))
            }
            "REGION_ALIAS" => {
                self.position += 1;
                let location = self.location();
                self.expect_punct("(")?;
                let alias = match self.next()? {
                    TokenKind::Text(alias) | TokenKind::Ident(alias) => alias,
                    other => bail!("{location}: REGION_ALIAS needs a quoted alias, found {other}"),
                };
                self.expect_punct(",")?;
                let region = self.ident()?;
                self.expect_punct(")")?;
                script.region_aliases.push(RegionAlias { alias, region, location });
                Ok(())
            }
            "PROVIDE" | "PROVIDE_HIDDEN" | "HIDDEN" => {
                self.position += 1;
                self.expect_punct("(")?;
                let symbol = self.ident()?;
                self.expect_punct("=")?;
                let expr = self.expression()?;
                self.expect_punct(")")?;
                // PROVIDE only defines a symbol nothing else defines.
                if word == "HIDDEN" || !script.symbols.contains_key(&symbol) {
                    self.assign(script, symbol, "=", &expr);
                }
                Ok(())
            }
            "SECTIONS" => {
                self.position += 1;
                self.skip_group()
            }
            "INSERT" => {
                // `INSERT AFTER .bss;` / `INSERT BEFORE .text;`
                while !matches!(self.peek(), None | Some(TokenKind::Punct(";"))) {
                    self.position += 1;
                }
                Ok(())
            }
            _ => {
                let assignment = matches!(
                    self.peek_at(1),
                    Some(TokenKind::Punct("=" | "+=" | "-=" | "*=" | "/=" | "<<=" | ">>=" | "&=" | "|="))
                );
                if assignment {
                    self.position += 1;
                    let TokenKind::Punct(op) = self.next()? else { unreachable!("checked above") };
                    let expr = self.expression()?;
                    self.expect_punct(";")?;
                    self.assign(script, word.to_string(), op, &expr);
                    Ok(())
                } else if matches!(self.peek_at(1), Some(TokenKind::Punct("("))) {
                    // ASSERT(...), ENTRY(...), EXTERN(...), OUTPUT_ARCH(...), SEARCH_DIR(...): nothing about memory.
                    self.position += 1;
                    self.skip_group()
                } else {
                    bail!("{}: unexpected `{word}` (not a MEMORY block, an assignment or a command)", self.location())
                }
            }
        }
    }

    /// Records `symbol op expr` when it can be computed; forgets the symbol when it cannot (its value is
    /// then the linker's business, e.g. `_stack_end = __euninit;`).
    fn assign(&self, script: &mut LinkerScript, symbol: String, op: &str, expr: &Expr) {
        let value = match op {
            "=" => evaluate(expr, script),
            _ => {
                let operator = &op[..op.len() - 1];
                let current = Expr::Symbol(symbol.clone());
                let combined = Expr::Binary(binary_operator(operator), Box::new(current), Box::new(expr.clone()));
                evaluate(&combined, script)
            }
        };
        match value {
            Ok(value) => {
                script.symbols.insert(symbol, value);
            }
            Err(_) => {
                script.symbols.remove(&symbol);
            }
        }
    }

    fn memory(&mut self, script: &mut LinkerScript) -> Result<()> {
        self.expect_punct("{")?;
        while !self.eat_punct("}") {
            if self.peek().is_none() {
                bail!("{}: MEMORY block is not closed (`}}` missing)", self.location());
            }
            let location = self.location();
            let name = self.ident().context("a MEMORY line starts with the region's name")?;
            let attributes = if self.eat_punct("(") {
                let mut text = String::new();
                while !self.eat_punct(")") {
                    match self.next()? {
                        TokenKind::Ident(s) => text.push_str(&s),
                        TokenKind::Punct(p) => text.push_str(p),
                        other => bail!("{location}: unexpected {other} in the attributes of `{name}`"),
                    }
                }
                Some(text)
            } else {
                None
            };
            self.expect_punct(":").with_context(|| format!("region `{name}`"))?;
            let origin = self.memory_value(&name, &["ORIGIN", "org", "o"], script)?;
            self.eat_punct(",");
            let length = self.memory_value(&name, &["LENGTH", "len", "l"], script)?;
            self.eat_punct(",");
            if script.regions.iter().any(|r| r.name == name) {
                bail!("{location}: region `{name}` is declared twice");
            }
            script.regions.push(Region { name, attributes, origin, length, location });
        }
        Ok(())
    }

    fn memory_value(&mut self, region: &str, keywords: &[&str], script: &LinkerScript) -> Result<u64> {
        let location = self.location();
        let keyword = self.ident()?;
        if !keywords.iter().any(|k| k.eq_ignore_ascii_case(&keyword)) {
            bail!("{location}: region `{region}`: expected {} =, found `{keyword}`", keywords.join(" / "));
        }
        self.expect_punct("=")?;
        let expr = self.expression()?;
        evaluate(&expr, script).map_err(|Unknown(why)| {
            anyhow::anyhow!("{location}: region `{region}`: cannot compute its {}: {why}", keywords[0])
        })
    }

    fn expression(&mut self) -> Result<Expr> {
        let condition = self.binary(0)?;
        if self.eat_punct("?") {
            let yes = self.expression()?;
            self.expect_punct(":")?;
            let no = self.expression()?;
            return Ok(Expr::Conditional(Box::new(condition), Box::new(yes), Box::new(no)));
        }
        Ok(condition)
    }

    /// Precedence climbing over ld's binary operators, loosest first.
    fn binary(&mut self, level: usize) -> Result<Expr> {
        const LEVELS: &[&[&str]] = &[
            &["||"],
            &["&&"],
            &["|"],
            &["^"],
            &["&"],
            &["==", "!=", "<", "<=", ">", ">="],
            &["<<", ">>"],
            &["+", "-"],
            &["*", "/", "%"],
        ];
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1)?;
        while let Some(TokenKind::Punct(p)) = self.peek() {
            let Some(op) = LEVELS[level].iter().find(|op| *op == p) else { break };
            let op = binary_operator(op);
            self.position += 1;
            let right = self.binary(level + 1)?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr> {
        for op in ["-", "~", "!", "+"] {
            if self.eat_punct(op) {
                return Ok(Expr::Unary(op_static(op), Box::new(self.unary()?)));
            }
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr> {
        let location = self.location();
        match self.next()? {
            TokenKind::Number(n) => Ok(Expr::Number(n)),
            TokenKind::Punct("(") => {
                let inner = self.expression()?;
                self.expect_punct(")")?;
                Ok(inner)
            }
            TokenKind::Ident(name) => {
                if self.eat_punct("(") {
                    let mut arguments = Vec::new();
                    if !self.eat_punct(")") {
                        loop {
                            arguments.push(self.expression()?);
                            if self.eat_punct(")") {
                                break;
                            }
                            self.expect_punct(",")?;
                        }
                    }
                    Ok(Expr::Call(name, arguments))
                } else {
                    Ok(Expr::Symbol(name))
                }
            }
            other => bail!("{location}: expected a value, found {other}"),
        }
    }
}

fn binary_operator(op: &str) -> &'static str {
    op_static(op)
}

fn op_static(op: &str) -> &'static str {
    PUNCTUATION.iter().copied().find(|p| *p == op).unwrap_or("?")
}

fn evaluate(expr: &Expr, script: &LinkerScript) -> std::result::Result<u64, Unknown> {
    Ok(match expr {
        Expr::Number(n) => *n,
        Expr::Symbol(name) => match script.symbols.get(name) {
            Some(value) => *value,
            None if name == "." => {
                return Err(Unknown("`.` (the location counter) is only known to the linker".into()))
            }
            None => return Err(Unknown(format!("`{name}` is not defined before this point"))),
        },
        Expr::Unary(op, inner) => {
            let value = evaluate(inner, script)?;
            match *op {
                "-" => value.wrapping_neg(),
                "~" => !value,
                "!" => u64::from(value == 0),
                _ => value,
            }
        }
        Expr::Binary(op, left, right) => {
            let (a, b) = (evaluate(left, script)?, evaluate(right, script)?);
            match *op {
                "+" => a.wrapping_add(b),
                "-" => a.wrapping_sub(b),
                "*" => a.wrapping_mul(b),
                "/" => a.checked_div(b).ok_or_else(|| Unknown("division by zero".into()))?,
                "%" => a.checked_rem(b).ok_or_else(|| Unknown("division by zero".into()))?,
                "<<" => a.checked_shl(b as u32).unwrap_or(0),
                ">>" => a.checked_shr(b as u32).unwrap_or(0),
                "&" => a & b,
                "|" => a | b,
                "^" => a ^ b,
                "&&" => u64::from(a != 0 && b != 0),
                "||" => u64::from(a != 0 || b != 0),
                "==" => u64::from(a == b),
                "!=" => u64::from(a != b),
                "<" => u64::from(a < b),
                "<=" => u64::from(a <= b),
                ">" => u64::from(a > b),
                ">=" => u64::from(a >= b),
                other => return Err(Unknown(format!("operator `{other}`"))),
            }
        }
        Expr::Conditional(condition, yes, no) => {
            if evaluate(condition, script)? != 0 {
                evaluate(yes, script)?
            } else {
                evaluate(no, script)?
            }
        }
        Expr::Call(function, arguments) => call(function, arguments, script)?,
    })
}

fn call(function: &str, arguments: &[Expr], script: &LinkerScript) -> std::result::Result<u64, Unknown> {
    let region = |arguments: &[Expr]| match arguments {
        [Expr::Symbol(name)] => {
            let name =
                script.region_aliases.iter().find(|a| a.alias == *name).map_or(name.as_str(), |a| a.region.as_str());
            script.region(name).ok_or_else(|| Unknown(format!("no region `{name}` is declared before this point")))
        }
        _ => Err(Unknown(format!("{function}() takes a region name"))),
    };
    let values = || arguments.iter().map(|a| evaluate(a, script)).collect::<std::result::Result<Vec<_>, _>>();
    match (function, arguments.len()) {
        ("ORIGIN", 1) => Ok(region(arguments)?.origin),
        ("LENGTH", 1) => Ok(region(arguments)?.length),
        ("ABSOLUTE", 1) => evaluate(&arguments[0], script),
        ("DEFINED", 1) => match &arguments[0] {
            Expr::Symbol(name) => Ok(u64::from(script.symbols.contains_key(name))),
            _ => Err(Unknown("DEFINED() takes a symbol".into())),
        },
        ("MAX", 2) => values().map(|v| v[0].max(v[1])),
        ("MIN", 2) => values().map(|v| v[0].min(v[1])),
        ("ALIGN", 2) => values().map(|v| align_up(v[0], v[1])),
        ("LOG2CEIL", 1) => values().map(|v| if v[0] <= 1 { 0 } else { u64::from(64 - (v[0] - 1).leading_zeros()) }),
        _ => Err(Unknown(format!("{function}() is only known to the linker"))),
    }
}

fn align_up(value: u64, alignment: u64) -> u64 {
    if alignment == 0 {
        value
    } else {
        value.div_ceil(alignment).wrapping_mul(alignment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> LinkerScript {
        parse_str(text, "memory.x", Path::new(".")).unwrap()
    }

    #[test]
    fn numbers_follow_ld() {
        assert_eq!(parse_number("0x08000000").unwrap(), 0x0800_0000);
        assert_eq!(parse_number("64K").unwrap(), 65536);
        assert_eq!(parse_number("64k").unwrap(), 65536);
        assert_eq!(parse_number("1M").unwrap(), 1 << 20);
        assert_eq!(parse_number("0x400K").unwrap(), 0x10_0000);
        assert_eq!(parse_number("$1000").unwrap(), 0x1000);
        assert_eq!(parse_number("010").unwrap(), 8);
        assert_eq!(parse_number("0").unwrap(), 0);
        assert_eq!(parse_number("4096").unwrap(), 4096);
        assert!(parse_number("64Q").is_err());
        assert!(parse_number("RAM").is_err());
    }

    #[test]
    fn reads_the_board_memory_x_with_its_stack_reservation() {
        let text = std::fs::read_to_string(crate::util::root().join("boards/lm3s6965evb/memory.x")).unwrap();
        let script = parse(&text);
        assert_eq!(script.regions.len(), 2);
        assert_eq!(script.region("FLASH").unwrap().origin, 0);
        assert_eq!(script.region("FLASH").unwrap().length, 256 * 1024);
        assert_eq!(script.region("RAM").unwrap().origin, 0x2000_0000);
        assert_eq!(script.region("RAM").unwrap().length, 64 * 1024);
        assert_eq!(script.symbols.get("_keel_stack_size"), Some(&4096));
    }

    #[test]
    fn accepts_abbreviations_attributes_and_expressions() {
        let script = parse(
            "/* RP2040 with its second-stage bootloader */\n\
             MEMORY {\n\
               BOOT2 (rx) : o = 0x10000000, l = 0x100\n\
               FLASH (rx) : org = ORIGIN(BOOT2) + LENGTH(BOOT2), len = 2048K - 0x100\n\
               RAM (rwx)  : ORIGIN = 0x20000000 LENGTH = 256K\n\
               SRAM4 (!rx): ORIGIN = ORIGIN(RAM) + LENGTH(RAM), LENGTH = (4 << 10)\n\
             }\n\
             _stack_start = ORIGIN(RAM) + LENGTH(RAM) - 1K;\n\
             PROVIDE(_heap_size = 0);\n\
             _heap_size = 2 * 1024;\n\
             _stack_end = __euninit;\n\
             ASSERT(_stack_start % 8 == 0, \"stack misaligned\");\n\
             EXTERN(BOOT2_FIRMWARE);\n\
             SECTIONS { .boot2 ORIGIN(BOOT2) : { KEEP(*(.boot2)); } > BOOT2 } INSERT BEFORE .text;\n",
        );
        let names: Vec<&str> = script.regions.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["BOOT2", "FLASH", "RAM", "SRAM4"]);
        assert_eq!(script.region("FLASH").unwrap().origin, 0x1000_0100);
        assert_eq!(script.region("FLASH").unwrap().length, 2048 * 1024 - 0x100);
        assert_eq!(script.region("FLASH").unwrap().attributes.as_deref(), Some("rx"));
        assert_eq!(script.region("SRAM4").unwrap().origin, 0x2004_0000);
        assert_eq!(script.region("SRAM4").unwrap().attributes.as_deref(), Some("!rx"));
        assert_eq!(script.region("RAM").unwrap().location, "memory.x:5");
        assert_eq!(script.symbols.get("_stack_start"), Some(&0x2003_fc00));
        assert_eq!(script.symbols.get("_heap_size"), Some(&2048));
        assert_eq!(script.symbols.get("_stack_end"), None, "linker-only symbols are left out");
    }

    #[test]
    fn reads_region_aliases_and_conditionals() {
        let script = parse(
            "MEMORY { RAM : ORIGIN = 0x80000000, LENGTH = 16K\n FLASH : ORIGIN = 0x20000000, LENGTH = 4M }\n\
             REGION_ALIAS(\"REGION_TEXT\", FLASH);\nREGION_ALIAS(\"REGION_STACK\", RAM);\n\
             _hart_stack_size = DEFINED(_hart_stack_size) ? _hart_stack_size : 2K;\n\
             _top = ORIGIN(REGION_STACK) + LENGTH(REGION_STACK);\n",
        );
        assert_eq!(script.region_aliases.len(), 2);
        assert_eq!(script.region_aliases[0].alias, "REGION_TEXT");
        assert_eq!(script.region_aliases[0].region, "FLASH");
        assert_eq!(script.symbols.get("_hart_stack_size"), Some(&2048));
        assert_eq!(script.symbols.get("_top"), Some(&0x8000_4000));
    }

    #[test]
    fn follows_includes_next_to_the_script() {
        let directory = std::env::temp_dir().join(format!("keel-linker-script-{}", std::process::id()));
        std::fs::create_dir_all(directory.join("chip")).unwrap();
        std::fs::write(
            directory.join("chip/stm32f103c8.x"),
            "MEMORY { FLASH : ORIGIN = 0x08000000, LENGTH = 64K\nRAM : ORIGIN = 0x20000000, LENGTH = 20K }\n",
        )
        .unwrap();
        std::fs::write(
            directory.join("memory.x"),
            "INCLUDE chip/stm32f103c8.x\n_stack_start = ORIGIN(RAM) + LENGTH(RAM);\n",
        )
        .unwrap();
        let script = parse_file(&directory.join("memory.x")).unwrap();
        assert_eq!(script.regions.len(), 2);
        assert!(script.region("RAM").unwrap().location.ends_with("stm32f103c8.x:2"));
        assert_eq!(script.symbols.get("_stack_start"), Some(&0x2000_5000));
        std::fs::write(directory.join("memory.x"), "INCLUDE memory.x\n").unwrap();
        let cycle = parse_file(&directory.join("memory.x")).unwrap_err();
        assert!(format!("{cycle:#}").contains("nest deeper"), "{cycle:#}");
        std::fs::remove_dir_all(&directory).unwrap();
    }

    #[test]
    fn reports_mistakes_with_their_line() {
        let error = |text: &str| format!("{:#}", parse_str(text, "memory.x", Path::new(".")).unwrap_err());
        assert!(error("MEMORY {\n FLASH : ORIGIN = 0x0, SIZE = 64K\n}").contains("memory.x:2"));
        assert!(error("MEMORY {\n RAM : ORIGIN = 0x20000000, LENGTH = 64K\n").contains("not closed"));
        assert!(error("MEMORY { RAM : ORIGIN = ORIGIN(FLASH), LENGTH = 1K }").contains("no region `FLASH`"));
        assert!(error("/* open").contains("comment is not closed"));
        assert!(error("MEMORY { A : o = 0, l = 1\n A : o = 1, l = 1 }").contains("declared twice"));
        assert!(error("INCLUDE nowhere.x").contains("no such file"));
    }
}

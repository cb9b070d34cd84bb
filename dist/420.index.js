export const id = 420;
export const ids = [420];
export const modules = {

/***/ 1420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decryptSopsFile: () => (/* binding */ decryptSopsFile)
/* harmony export */ });
/* unused harmony export formatGoFloat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var age_encryption__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3389);
/* harmony import */ var _definition_plain_data_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8038);
/* harmony import */ var _key_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5737);
/* harmony import */ var _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6336);
/**
 * Decrypts a SOPS-encrypted YAML file in memory, as `sops decrypt` does
 * (getsops/sops 3.x `sops.go` Tree.Decrypt, `aes/cipher.go`): the data key
 * comes from an age stanza, each encrypted value is AES-256-GCM with its key
 * path (`a:b:c:`) as additional data, and the MAC (SHA-512 over the values
 * in file order, encrypted with `lastmodified` as additional data) is
 * verified before anything is returned. The age layer is `age-encryption`,
 * by age's author; the tree format is small and documented, so it lives here.
 */





// sops.go MACOnlyEncryptedInitialization: sha256("sops"), so a MAC made
// with mac_only_encrypted never equals one made without it.
const macOnlyInitialization = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');
const ciphertext = /^ENC\[AES256_GCM,data:([^,]*),iv:([^,]+),tag:([^,]+),type:([a-z]+)\]$/;
/** Opens one `ENC[…]` value; throws `SopsError` naming the path, never the value. */
function openValue(value, key, keys) {
    const path = keys.join('.');
    const match = ciphertext.exec(value);
    if (!match)
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the encrypted value is malformed', path);
    const [, data = '', iv = '', tag = ''] = match;
    try {
        const ivBytes = Buffer.from(iv, 'base64');
        const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', key, ivBytes, {
            authTagLength: 16
        });
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        decipher.setAAD(Buffer.from(`${keys.join(':')}:`, 'utf8'));
        return Buffer.concat([
            decipher.update(Buffer.from(data, 'base64')),
            decipher.final()
        ]).toString('utf8');
    }
    catch {
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the encrypted value does not authenticate (tampered, moved to another key, or encrypted with another data key)', path);
    }
}
/** Go's strconv.FormatFloat(f, 'f', -1, 64): the shortest digits, never an exponent. */
function formatGoFloat(n) {
    const text = String(n);
    const exp = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
    if (!exp)
        return text;
    const [, sign = '', lead = '', rest = '', power = '0'] = exp;
    const digits = lead + rest;
    const point = 1 + Number(power);
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return sign + digits + '0'.repeat(point - digits.length);
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
/** The value a decrypted plaintext of SOPS type `type` stands for. */
function typed(text, type, path) {
    switch (type) {
        case 'str':
        case 'bytes':
        case 'time':
            return text;
        case 'int':
        case 'float': {
            const n = Number(text);
            if (text.trim() === '' || Number.isNaN(n))
                throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb(`the decrypted ${type} is not a number`, path);
            return n;
        }
        case 'bool':
            // Go's strconv.ParseBool.
            if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
                return true;
            if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
                return false;
            throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the decrypted bool is not a boolean', path);
        default:
            throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb(`the encrypted value has an unknown type "${type}"`, path);
    }
}
/** The bytes SOPS's ToBytes hashes for a value. */
function macBytes(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return Number.isInteger(value) && Math.abs(value) < 2 ** 63
            ? BigInt(value).toString()
            : formatGoFloat(value);
    return String(value);
}
function walkValue(value, path, walk) {
    if (value === null || value === undefined)
        return value;
    if (Array.isArray(value)) {
        // SOPS does not add an index to the path for list items.
        return value.map((item) => walkValue(item, path, walk));
    }
    if ((0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(value)) {
        const out = {};
        // In the file's order: the MAC depends on it (key-order.ts).
        for (const k of (0,_key_order_js__WEBPACK_IMPORTED_MODULE_2__/* .keysInFileOrder */ .U)(value)) {
            out[k] = walkValue(value[k], [...path, k], walk);
        }
        return out;
    }
    const encrypted = walk.encrypts(path);
    const dotted = path.join('.');
    let result = value;
    if (encrypted) {
        if (typeof value !== 'string') {
            throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the value should be encrypted but is written in plain text', dotted);
        }
        // SOPS leaves empty strings empty rather than encrypting them.
        if (value !== '') {
            if (!value.startsWith('ENC['))
                throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the value should be encrypted but is written in plain text', dotted);
            const text = openValue(value, walk.key, path);
            const type = ciphertext.exec(value)?.[4] ?? 'str';
            result = typed(text, type, dotted);
            walk.plaintexts.push(text);
        }
    }
    if (!walk.meta.macOnlyEncrypted || encrypted) {
        walk.hash.update(macBytes(result), 'utf8');
    }
    return result;
}
/** The data key, from the first age stanza one of `identities` opens. */
async function dataKey(meta, identities) {
    const kinds = meta.otherKinds.join(', ');
    if (meta.ageStanzas.length === 0) {
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb(`the file is encrypted only for ${kinds || 'no key at all'}; ClusterSync decrypts with age keys only`);
    }
    if (identities.length === 0) {
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsKeyError */ .NG('the file is SOPS-encrypted and no age key was given (the sops-age-key input; for the CLI SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or sops/age/keys.txt in the user config folder)');
    }
    // A key that does not decode (one character mistyped) is left out, and
    // said without itself: age's error quotes the whole key.
    const usable = identities.filter((identity) => {
        try {
            new age_encryption__WEBPACK_IMPORTED_MODULE_1__/* .Decrypter */ .Hz().addIdentity(identity);
            return true;
        }
        catch {
            return false;
        }
    });
    const broken = identities.length - usable.length;
    for (const stanza of meta.ageStanzas) {
        const decrypter = new age_encryption__WEBPACK_IMPORTED_MODULE_1__/* .Decrypter */ .Hz();
        for (const identity of usable)
            decrypter.addIdentity(identity);
        let key;
        try {
            key = await decrypter.decrypt(age_encryption__WEBPACK_IMPORTED_MODULE_1__/* .armor.decode */ .yE.decode(stanza.enc), 'uint8array');
        }
        catch {
            continue;
        }
        if (key.length !== 32)
            throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the data key in the sops block is not 32 bytes');
        return Buffer.from(key);
    }
    const recipients = meta.ageStanzas.map((s) => s.recipient).join(', ');
    const undecodable = broken > 0
        ? `; ${broken === 1 ? 'one of the given keys does' : `${broken} of the given keys do`} not decode as an age identity (a character wrong, missing or extra: copy it again whole)`
        : '';
    throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsKeyError */ .NG(`none of the given age keys opens it (encrypted for age recipients ${recipients}${kinds ? `, and ${kinds}` : ''})${undecodable}`);
}
/**
 * Decrypts the documents of one SOPS-encrypted file (the first carries the
 * `sops` block; SOPS writes one block for all documents of a file) and
 * verifies the MAC over all of them. Throws `SopsError` for a missing or
 * wrong key, a value that does not authenticate, plain text where the rules
 * say ciphertext, and a MAC mismatch; its message never quotes a value.
 */
async function decryptSopsFile(documents, identities) {
    const meta = (0,_sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .readSopsMetadata */ .zI)(documents.find(_sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .hasSopsMetadata */ .$H));
    const encrypts = await (0,_sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .encryptedPathTest */ .Cg)(meta.rule);
    const key = await dataKey(meta, identities);
    const walk = {
        meta,
        encrypts,
        key,
        hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512'),
        plaintexts: []
    };
    if (meta.macOnlyEncrypted)
        walk.hash.update(macOnlyInitialization);
    const out = documents.map((document) => {
        if (!(0,_definition_plain_data_js__WEBPACK_IMPORTED_MODULE_4__/* .isRecord */ .u4)(document))
            return walkValue(document, [], walk);
        const rest = Object.fromEntries(Object.entries(document).filter(([k]) => k !== _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .sopsKey */ .Lb));
        return walkValue(rest, [], walk);
    });
    const computed = walk.hash.digest('hex').toUpperCase();
    let recorded;
    try {
        recorded = openMac(meta, key);
    }
    catch {
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the MAC in the sops block does not authenticate (the block was tampered with)');
    }
    const a = Buffer.from(computed);
    const b = Buffer.from(recorded.toUpperCase());
    if (a.length !== b.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(a, b)) {
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('the MAC does not match the values (the file was changed after it was encrypted)');
    }
    return { documents: out, plaintexts: walk.plaintexts };
}
function openMac(meta, key) {
    const match = ciphertext.exec(meta.mac);
    if (!match)
        throw new _sops_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .SopsError */ .gb('malformed mac');
    const [, data = '', iv = '', tag = ''] = match;
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', key, Buffer.from(iv, 'base64'), { authTagLength: 16 });
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    decipher.setAAD(Buffer.from(meta.lastModified, 'utf8'));
    return Buffer.concat([
        decipher.update(Buffer.from(data, 'base64')),
        decipher.final()
    ]).toString('utf8');
}


/***/ })

};

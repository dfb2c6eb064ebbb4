import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Password generates a random password based on the
configuration parameters in spec.
You can specify the length, characterset and other attributes.
 *
 * @schema Password
 */
export declare class Password extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Password"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Password".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: PasswordProps): any;
    /**
     * Defines a "Password" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: PasswordProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Password generates a random password based on the
 * configuration parameters in spec.
 * You can specify the length, characterset and other attributes.
 *
 * @schema Password
 */
export interface PasswordProps {
    /**
     * @schema Password#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * PasswordSpec controls the behavior of the password generator.
     *
     * @schema Password#spec
     */
    readonly spec?: PasswordSpec;
}
/**
 * Converts an object of type 'PasswordProps' to JSON representation.
 */
export declare function toJson_PasswordProps(obj: PasswordProps | undefined): Record<string, any> | undefined;
/**
 * PasswordSpec controls the behavior of the password generator.
 *
 * @schema PasswordSpec
 */
export interface PasswordSpec {
    /**
     * set AllowRepeat to true to allow repeating characters.
     *
     * @schema PasswordSpec#allowRepeat
     */
    readonly allowRepeat: boolean;
    /**
     * Digits specifies the number of digits in the generated
     * password. If omitted it defaults to 25% of the length of the password
     *
     * @schema PasswordSpec#digits
     */
    readonly digits?: number;
    /**
     * Encoding specifies the encoding of the generated password.
     * Valid values are:
     * - "raw" (default): no encoding
     * - "base64": standard base64 encoding
     * - "base64url": base64url encoding
     * - "base32": base32 encoding
     * - "hex": hexadecimal encoding
     *
     * @schema PasswordSpec#encoding
     */
    readonly encoding?: PasswordSpecEncoding;
    /**
     * Length of the password to be generated.
     * Defaults to 24
     *
     * @default 24
     * @schema PasswordSpec#length
     */
    readonly length: number;
    /**
     * Set NoUpper to disable uppercase characters
     *
     * @schema PasswordSpec#noUpper
     */
    readonly noUpper: boolean;
    /**
     * SecretKeys defines the keys that will be populated with generated passwords.
     * Defaults to "password" when not set.
     *
     * @default password" when not set.
     * @schema PasswordSpec#secretKeys
     */
    readonly secretKeys?: string[];
    /**
     * SymbolCharacters specifies the special characters that should be used
     * in the generated password.
     *
     * @schema PasswordSpec#symbolCharacters
     */
    readonly symbolCharacters?: string;
    /**
     * Symbols specifies the number of symbol characters in the generated
     * password. If omitted it defaults to 25% of the length of the password
     *
     * @schema PasswordSpec#symbols
     */
    readonly symbols?: number;
}
/**
 * Converts an object of type 'PasswordSpec' to JSON representation.
 */
export declare function toJson_PasswordSpec(obj: PasswordSpec | undefined): Record<string, any> | undefined;
/**
 * Encoding specifies the encoding of the generated password.
 * Valid values are:
 * - "raw" (default): no encoding
 * - "base64": standard base64 encoding
 * - "base64url": base64url encoding
 * - "base32": base32 encoding
 * - "hex": hexadecimal encoding
 *
 * @schema PasswordSpecEncoding
 */
export declare enum PasswordSpecEncoding {
    /** base64 */
    BASE64 = "base64",
    /** base64url */
    BASE64URL = "base64url",
    /** base32 */
    BASE32 = "base32",
    /** hex */
    HEX = "hex",
    /** raw */
    RAW = "raw"
}
